#include "TextSanitizer.h"

#include <QStringList>

namespace mcs {

bool TextSanitizer::isDirectionalFormatting(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool TextSanitizer::isNonCharacter(char32_t c)
{
    return c == 0 || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

bool TextSanitizer::isRemoved(char32_t c)
{
    const bool control = (c < 0x20 && c != U'\t' && c != U'\n') || (c >= 0x7F && c <= 0x9F);
    return control || isDirectionalFormatting(c) || isNonCharacter(c);
}

SanitizedText TextSanitizer::clean(const QString &text, Lines lines)
{
    SanitizedText result;
    result.text.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar unit = text.at(i);
        if (unit.isSurrogate()) {
            if (unit.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
                const char32_t c = QChar::surrogateToUcs4(unit, text.at(i + 1));
                if (isNonCharacter(c)) {
                    ++result.nonCharacters;
                } else {
                    result.text.append(unit);
                    result.text.append(text.at(i + 1));
                }
                ++i;
            } else {
                ++result.nonCharacters; // an unpaired half of a surrogate pair
            }
            continue;
        }
        const char32_t c = unit.unicode();
        if (c == U'\r') {
            // CR LF and a lone CR are line ends: one line feed, not an attack.
            if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            if (lines == Lines::Multi) {
                result.text.append(QLatin1Char('\n'));
                continue;
            }
        }
        if (lines == Lines::Single && (c == U'\n' || c == U'\t' || c == U'\r')) {
            // A line break in a one-line field becomes a space, so words stay apart.
            ++result.controls;
            if (!result.text.isEmpty() && !result.text.endsWith(QLatin1Char(' ')))
                result.text.append(QLatin1Char(' '));
            continue;
        }
        if (isNonCharacter(c))
            ++result.nonCharacters;
        else if (isDirectionalFormatting(c))
            ++result.directional;
        else if (isRemoved(c))
            ++result.controls;
        else
            result.text.append(unit);
    }
    if (lines == Lines::Single && result.controls > 0)
        result.text = result.text.trimmed();
    return result;
}

QString TextSanitizer::describe(const SanitizedText &result)
{
    QStringList parts;
    if (result.controls > 0)
        parts.append(tr("%n control character(s)", nullptr, result.controls));
    if (result.directional > 0)
        parts.append(tr("%n direction override(s)", nullptr, result.directional));
    if (result.nonCharacters > 0)
        parts.append(tr("%n character(s) that are not text", nullptr, result.nonCharacters));
    return tr("removed %1").arg(parts.join(QLatin1String(", ")));
}

} // namespace mcs
