#include "Utf8.h"

#include <QCoreApplication>

namespace mcs {

qsizetype Utf8::firstInvalidOffset(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        int continuation = 0;
        unsigned int codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            continuation = 1;
            codePoint = lead & 0x1Fu;
        } else if ((lead & 0xF0) == 0xE0) {
            continuation = 2;
            codePoint = lead & 0x0Fu;
        } else if ((lead & 0xF8) == 0xF0) {
            continuation = 3;
            codePoint = lead & 0x07u;
        } else {
            return i;
        }
        for (int k = 1; k <= continuation; ++k) {
            if (i + k >= size || (bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3Fu);
        }
        // Reject overlong forms, surrogates and values beyond Unicode.
        static const unsigned int minimum[] = {0, 0x80, 0x800, 0x10000};
        if (codePoint < minimum[continuation] || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += continuation + 1;
    }
    return -1;
}

void Utf8::lineAndColumn(const QByteArray &data, qsizetype byteOffset, int *line, int *column)
{
    const qsizetype end = qBound(qsizetype(0), byteOffset, data.size());
    const qsizetype lineStart = end == 0 ? 0 : data.lastIndexOf('\n', end - 1) + 1;
    *line = int(data.left(end).count('\n')) + 1;
    // Count characters, not bytes: a Dutch "ë" is two bytes but one column.
    *column = int(QString::fromUtf8(data.mid(lineStart, end - lineStart)).size()) + 1;
}

QString Utf8::describePosition(const QByteArray &data, qsizetype byteOffset)
{
    int line = 0;
    int column = 0;
    lineAndColumn(data, byteOffset, &line, &column);
    return QCoreApplication::translate("mcs::Utf8", "line %1, column %2").arg(line).arg(column);
}

} // namespace mcs
