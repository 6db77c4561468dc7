#include "EnglishPlurals.h"

namespace mcs {

QString EnglishPlurals::resolve(const QString &sourceText, int n)
{
    QString text = sourceText;
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (n < 0 || !sourceText)
        return {}; // not a plural message: the next translator, or the source text
    const QString source = QString::fromUtf8(sourceText);
    if (!source.contains(QLatin1String("(s)")))
        return {};
    return resolve(source, n);
}

} // namespace mcs
