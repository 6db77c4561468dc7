#include "EscapingOutput.h"

#include "util/TerminalText.h"

namespace mcs::cli {

EscapingOutput::EscapingOutput(FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 EscapingOutput::readData(char *, qint64)
{
    return -1;
}

qint64 EscapingOutput::writeData(const char *data, qint64 size)
{
    // The decoder keeps a character split between two writes for the next one.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray escaped = TerminalText::escape(text).toUtf8();
    if (!escaped.isEmpty() && std::fwrite(escaped.constData(), 1, size_t(escaped.size()), m_stream)
                                  != size_t(escaped.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace mcs::cli
