#include "DisplayNames.h"

#include "workflow/WorkflowNames.h"

#include "documents/DocumentTexts.h"
#include "frameworks/QualityFramework.h"

namespace mcs::ui {

namespace {
QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString DisplayNames::language()
{
    return currentLanguage();
}

void DisplayNames::setLanguage(const QString &language)
{
    currentLanguage() = language == QLatin1String("nl") ? QStringLiteral("nl") : QStringLiteral("en");
}

QString DisplayNames::duration(const QString &iso)
{
    return DocumentTexts(currentLanguage()).duration(iso);
}

QString DisplayNames::sector(Sector sector)
{
    switch (sector) {
    case Sector::Mbo:
        return tr("mbo");
    case Sector::Hbo:
        return tr("hbo");
    case Sector::Wo:
        return tr("wo");
    case Sector::Other:
        return tr("Other");
    }
    return {};
}

QString DisplayNames::status(Status status)
{
    return WorkflowNames::status(status);
}

QString DisplayNames::role(WorkflowRole role)
{
    return WorkflowNames::role(role);
}

QString DisplayNames::roleTitle(WorkflowRole which)
{
    QString name = role(which);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString DisplayNames::level(const std::optional<int> &eqf, const std::optional<NlqfLevel> &nlqf)
{
    QStringList parts;
    if (eqf)
        parts.append(tr("EQF %1").arg(*eqf));
    if (nlqf) {
        parts.append(*nlqf == NlqfLevel::Entry ? tr("NLQF entry level")
                                               : tr("NLQF %1").arg(toCode(*nlqf)));
    }
    return parts.join(QStringLiteral(" · "));
}

QString DisplayNames::framework(const QualityFramework &framework, const QString &language)
{
    QString name = framework.name.preferred(language);
    if (framework.withdrawn)
        name = tr("%1 [withdrawn]").arg(name);
    if (framework.version.isEmpty() || name.contains(framework.version))
        return name;
    return QStringLiteral("%1 (%2)").arg(name, framework.version);
}

} // namespace mcs::ui
