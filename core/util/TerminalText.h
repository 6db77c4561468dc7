#pragma once

#include <QString>

namespace mcs {

/// Text for a terminal: every character a terminal could act on instead of
/// showing (C0 and C1 controls, DEL, bidirectional formatting, noncharacters,
/// unpaired surrogates) becomes a visible \uXXXX escape; line feed and tab stay.
/// The escape is also valid inside a JSON string, so JSON output stays JSON.
class TerminalText
{
public:
    static QString escape(const QString &text);
};

} // namespace mcs
