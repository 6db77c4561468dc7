#include "TerminalText.h"

#include "TextSanitizer.h"

namespace mcs {

namespace {

void appendEscape(QString &out, char16_t unit)
{
    out += QStringLiteral("\\u%1").arg(unsigned(unit), 4, 16, QLatin1Char('0'));
}

} // namespace

QString TerminalText::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            const char32_t c = QChar::surrogateToUcs4(unit, text.at(i + 1));
            if (TextSanitizer::isRemoved(c)) {
                appendEscape(out, unit.unicode());
                appendEscape(out, text.at(i + 1).unicode());
            } else {
                out += unit;
                out += text.at(i + 1);
            }
            ++i;
        } else if (unit.isSurrogate() || TextSanitizer::isRemoved(unit.unicode())) {
            appendEscape(out, unit.unicode());
        } else {
            out += unit;
        }
    }
    return out;
}

} // namespace mcs
