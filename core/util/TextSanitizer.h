#pragma once

#include <QCoreApplication>
#include <QString>

namespace mcs {

/// What TextSanitizer::clean() took out of one text, counted per kind.
struct SanitizedText
{
    QString text;
    int controls = 0;       ///< C0/C1 control characters (and, in a one-line field, line breaks and tabs)
    int directional = 0;    ///< bidirectional overrides and isolates (U+202A-202E, U+2066-2069)
    int nonCharacters = 0;  ///< NUL, noncharacters (U+FDD0-FDEF, U+xFFFE/F) and unpaired surrogates

    bool changed() const { return controls + directional + nonCharacters > 0; }
};

/// Makes text from outside harmless before it enters a design: no control
/// characters that a terminal or a document would act on, no bidirectional
/// overrides that make text read differently from what it is, no characters
/// that Unicode reserves as never being text. Tab and line feed stay in a
/// multi-line field; Windows line ends (CR LF) become plain line feeds without
/// being counted, since they are not hostile.
class TextSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(mcs::TextSanitizer)

public:
    enum class Lines { Single, Multi };

    static SanitizedText clean(const QString &text, Lines lines);
    /// The cleaned text alone.
    static QString cleaned(const QString &text, Lines lines) { return clean(text, lines).text; }
    /// "2 control characters and 1 direction override removed", for a finding.
    static QString describe(const SanitizedText &result);

    /// Whether this code point is one clean() removes from a multi-line field.
    static bool isRemoved(char32_t codePoint);
    static bool isDirectionalFormatting(char32_t codePoint);
    static bool isNonCharacter(char32_t codePoint);
};

} // namespace mcs
