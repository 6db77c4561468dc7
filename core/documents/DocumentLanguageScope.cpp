#include "DocumentLanguageScope.h"

#include <QCoreApplication>
#include <QTranslator>

namespace mcs {

namespace {

/// Answers every lookup with the English source text, so that an English
/// document stays English under a Dutch interface.
class SourceTextTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

DocumentLanguageScope::DocumentLanguageScope(const QString &language)
{
    if (!QCoreApplication::instance())
        return;
    if (language == QLatin1String("nl")) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/mcstudio_nl.qm"))) {
            m_translator.reset();
            return;
        }
    } else {
        m_translator = std::make_unique<SourceTextTranslator>();
    }
    // The most recently installed translator is asked first.
    QCoreApplication::installTranslator(m_translator.get());
}

DocumentLanguageScope::~DocumentLanguageScope()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace mcs
