#include "DocumentLanguageScope.h"

#include "util/EnglishPlurals.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

namespace mcs {

namespace {

/// Answers every lookup with the English source text, so that an English
/// document stays English under a Dutch interface.
class SourceTextTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        return n >= 0 ? EnglishPlurals::resolve(QString::fromUtf8(sourceText), n) : QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

/// Loaded once: reading the catalogue again for every document of an export
/// of hundreds cost more than composing the document.
QTranslator *dutchTranslator()
{
    static QTranslator *translator = [] {
        auto *loaded = new QTranslator;
        if (!loaded->load(QStringLiteral(":/i18n/mcstudio_nl.qm"))) {
            delete loaded;
            return static_cast<QTranslator *>(nullptr);
        }
        return loaded;
    }();
    return translator;
}

QTranslator *englishTranslator()
{
    static QTranslator *translator = new SourceTextTranslator; // like the Dutch one, kept until exit
    return translator;
}

/// How many scopes use each shared translator: Qt removes every copy of an
/// installed translator at once, so a nested scope must not remove it from
/// under the outer one. Documents are composed on one thread (the GUI thread,
/// or the command line's main thread).
QHash<QTranslator *, int> &scopeCounts()
{
    static QHash<QTranslator *, int> counts;
    return counts;
}

} // namespace

DocumentLanguageScope::DocumentLanguageScope(const QString &language)
{
    if (!QCoreApplication::instance())
        return;
    m_translator = language == QLatin1String("nl") ? dutchTranslator() : englishTranslator();
    // The most recently installed translator is asked first.
    if (m_translator && scopeCounts()[m_translator]++ == 0)
        QCoreApplication::installTranslator(m_translator);
}

DocumentLanguageScope::~DocumentLanguageScope()
{
    if (m_translator && --scopeCounts()[m_translator] == 0)
        QCoreApplication::removeTranslator(m_translator);
}

} // namespace mcs
