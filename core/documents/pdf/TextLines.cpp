#include "TextLines.h"

#include "CodePoints.h"
#include "TrueTypeFont.h"

namespace mcs {

namespace {

bool isLetter(QStringView text, qsizetype at)
{
    return at >= 0 && at < text.size() && text.at(at).isLetterOrNumber();
}

QString trimmedRight(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == QLatin1Char(' '))
        --end;
    return text.left(end).toString();
}

void wrapParagraph(QStringView text, FontFace face, qreal size, qreal width, QStringList *lines)
{
    qsizetype start = 0;
    qsizetype lastBreak = -1;
    qreal lineWidth = 0;
    qsizetype units = 1;
    for (qsizetype i = 0; i < text.size(); i += units) {
        const char32_t c = CodePoints::at(text, i, &units);
        const qreal w = TextLines::advance(c, face, size);
        if (lineWidth + w > width && i > start && c != U' ') {
            const qsizetype cut = lastBreak > start ? lastBreak : i;
            lines->append(trimmedRight(text.mid(start, cut - start)));
            start = cut;
            while (start < text.size() && text.at(start) == QLatin1Char(' '))
                ++start;
            lastBreak = -1;
            lineWidth = TextLines::width(text.mid(start, i - start), face, size);
            if (lineWidth + w > width && i > start) { // the carried word is too wide as well
                lines->append(text.mid(start, i - start).toString());
                start = i;
                lineWidth = 0;
            }
        }
        lineWidth += w;
        if (c == U' ')
            lastBreak = i + units;
        else if ((c == U'-' || c == U'/') && isLetter(text, i - 1) && isLetter(text, i + 1))
            lastBreak = i + units;
    }
    lines->append(trimmedRight(text.mid(start)));
}

} // namespace

QString TextLines::printable(const QString &text)
{
    // Composed forms first: "e" and a combining accent (as some systems paste
    // it) become one character with one glyph.
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QString clean;
    clean.reserve(composed.size());
    for (qsizetype i = 0; i < composed.size(); ++i) {
        const QChar c = composed.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < composed.size() && composed.at(i + 1).isLowSurrogate()) {
            clean.append(c);
            clean.append(composed.at(++i));
        } else if (c.isSurrogate()) {
            clean.append(QChar::ReplacementCharacter); // half a pair: broken text, shown as broken
        } else if (u == u'\t') {
            clean.append(QLatin1Char(' '));
        } else if (u == u'\n' || (u >= 0x20 && u != 0x7F && !(u >= 0x80 && u <= 0x9F) && u != 0xFFFE && u != 0xFFFF)) {
            clean.append(c);
        }
    }
    return clean;
}

qreal TextLines::advance(char32_t character, FontFace face, qreal size)
{
    const TrueTypeFont &font = DocumentFonts::face(face);
    if (character == U'\t')
        character = U' ';
    const quint16 glyph = font.glyph(character);
    if (glyph == 0)
        return character < 0x20 ? 0 : size;
    return font.advance(glyph) * size / font.unitsPerEm();
}

qreal TextLines::width(QStringView text, FontFace face, qreal size)
{
    qreal total = 0;
    CodePoints::forEach(text, [&](char32_t c) { total += advance(c, face, size); });
    return total;
}

QStringList TextLines::wrap(const QString &text, FontFace face, qreal size, qreal width)
{
    QStringList lines;
    for (const QStringView paragraph : QStringView(text).split(QLatin1Char('\n')))
        wrapParagraph(paragraph, face, size, width, &lines);
    return lines;
}

QString TextLines::elided(const QString &text, FontFace face, qreal size, qreal width)
{
    if (TextLines::width(text, face, size) <= width)
        return text;
    const QString ellipsis(QChar(0x2026));
    const qreal room = width - TextLines::width(ellipsis, face, size);
    qreal used = 0;
    qsizetype units = 1;
    qsizetype i = 0;
    for (; i < text.size(); i += units) {
        const qreal w = advance(CodePoints::at(text, i, &units), face, size);
        if (used + w > room)
            break;
        used += w;
    }
    return trimmedRight(QStringView(text).left(i)) + ellipsis;
}

} // namespace mcs
