#pragma once

#include <QString>

class QTranslator;

namespace mcs {

/// While it lives, tr() speaks the document's language rather than the
/// interface's: documents reuse messages of the core (check verdicts, linter
/// findings) and must not mix two languages on one page.
class DocumentLanguageScope
{
public:
    explicit DocumentLanguageScope(const QString &language);
    ~DocumentLanguageScope();
    DocumentLanguageScope(const DocumentLanguageScope &) = delete;
    DocumentLanguageScope &operator=(const DocumentLanguageScope &) = delete;

private:
    QTranslator *m_translator = nullptr; ///< shared, loaded once per process
};

} // namespace mcs
