#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace mcs::cli {

/// Standard output or error for text: what is written passes through
/// TerminalText::escape(), so a hostile title in a catalogue or file can never
/// retitle, recolour or otherwise drive the user's terminal, also when piped.
/// Binary output (a PDF written to `-`) goes to the file directly, not here.
class EscapingOutput : public QIODevice
{
public:
    explicit EscapingOutput(FILE *stream);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace mcs::cli
