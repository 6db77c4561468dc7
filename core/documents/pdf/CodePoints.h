#pragma once

#include <QStringView>

namespace mcs::CodePoints {

/// The character starting at `position` (a surrogate pair as one), and how
/// many UTF-16 units it takes. Half a pair is returned as it is.
inline char32_t at(QStringView text, qsizetype position, qsizetype *units)
{
    const QChar c = text.at(position);
    if (c.isHighSurrogate() && position + 1 < text.size() && text.at(position + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(position + 1));
    }
    *units = 1;
    return c.unicode();
}

/// Calls `visit(character)` for each character of a text.
template<typename Visit>
void forEach(QStringView text, Visit visit)
{
    qsizetype units = 1;
    for (qsizetype i = 0; i < text.size(); i += units)
        visit(at(text, i, &units));
}

} // namespace mcs::CodePoints
