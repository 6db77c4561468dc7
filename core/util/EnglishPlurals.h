#pragma once

#include <QTranslator>

namespace mcs {

/// The English plural forms. Strings that show a number are written
/// tr("%n control character(s)", nullptr, n), so that the Dutch translation
/// carries its own two forms; in English this translator makes them read
/// "1 control character" and "3 control characters" instead of leaving the
/// "(s)" for the reader. Installed below every other translator: it answers
/// only plural messages and lets everything else through.
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;

    /// The English text of a plural message for `n`.
    static QString resolve(const QString &sourceText, int n);

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override;
    bool isEmpty() const override { return false; }
};

} // namespace mcs
