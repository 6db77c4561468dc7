#include "EuropassImport.h"

#include "ElmImport.h"
#include "EuropassCredential.h"
#include "JsonValues.h"

#include <algorithm>

namespace mcs {

namespace {

QString claimList(const QList<EuropassCredential::Claim> &claims)
{
    QStringList lines;
    for (const EuropassCredential::Claim &claim : claims)
        lines.append(QStringLiteral("  ") + claim.label());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Result<QList<ImportedDesign>> EuropassImport::read(const QJsonObject &root, const QString &sourceName, ClaimSelection selection)
{
    using R = Result<QList<ImportedDesign>>;
    EuropassCredential::Wrapping wrapping = EuropassCredential::Wrapping::Plain;
    const std::optional<QJsonObject> credential = EuropassCredential::unwrap(root, &wrapping);
    if (!credential)
        return R::failure(tr("%1: not a Europass credential").arg(sourceName));
    const QList<EuropassCredential::Claim> claims = EuropassCredential::claims(*credential);
    QList<EuropassCredential::Claim> designs;
    for (const EuropassCredential::Claim &claim : claims) {
        if (claim.isDesign())
            designs.append(claim);
    }
    if (claims.isEmpty())
        return R::failure(tr("%1: the Europass credential claims nothing (credentialSubject.hasClaim is empty)").arg(sourceName));
    if (designs.isEmpty()) {
        const bool participation = std::all_of(claims.cbegin(), claims.cend(), [](const EuropassCredential::Claim &c) {
            return c.specificationType == QLatin1String("LearningActivitySpecification");
        });
        if (participation)
            return R::failure(tr("%1: this Europass credential certifies participation only (a learning activity: %2). "
                                 "It says that someone took part, not what they can do, so it describes no "
                                 "microcredential: a design needs a qualification or learning achievement with "
                                 "learning outcomes.")
                                  .arg(sourceName, claims.constFirst().title.preferred(QStringLiteral("nl"))));
        return R::failure(tr("%1: this Europass credential holds no qualification or learning achievement, only:\n%2")
                              .arg(sourceName, claimList(claims)));
    }

    QList<EuropassCredential::Claim> chosen;
    switch (selection.kind) {
    case ClaimSelection::Kind::OnlyOne:
        if (designs.size() > 1)
            return R::failure(tr("%1: the credential holds %n claims that can become a design; choose one (--claim N) "
                                 "or all (--claim all):\n%2", nullptr, int(designs.size()))
                                  .arg(sourceName, claimList(designs)));
        chosen = designs;
        break;
    case ClaimSelection::Kind::Number: {
        const auto it = std::find_if(claims.cbegin(), claims.cend(),
                                     [&](const EuropassCredential::Claim &c) { return c.number == selection.number; });
        if (it == claims.cend())
            return R::failure(tr("%1: there is no claim %2; the credential holds:\n%3").arg(sourceName).arg(selection.number).arg(claimList(claims)));
        if (!it->isDesign())
            return R::failure(tr("%1: claim %2 is a %3, which describes no microcredential; choose one of:\n%4")
                                  .arg(sourceName)
                                  .arg(selection.number)
                                  .arg(it->specificationType, claimList(designs)));
        chosen = {*it};
        break;
    }
    case ClaimSelection::Kind::All:
        chosen = designs;
        break;
    }

    const QJsonObject issuer = credential->value(QStringLiteral("issuer")).toObject();
    QList<ImportedDesign> result;
    for (const EuropassCredential::Claim &claim : std::as_const(chosen)) {
        ImportedDesign imported = ElmImport::read(claim.specification, issuer);
        imported.format = ExchangeFormat::ElmCredential;
        imported.remarks.append(EuropassCredential::wrappingRemark(wrapping));
        imported.claimLabel = claim.label();
        if (claims.size() > 1)
            imported.remarks.append(tr("Claim %1 of %2: %3 (%4)")
                                        .arg(claim.number)
                                        .arg(claims.size())
                                        .arg(claim.title.preferred(QStringLiteral("nl")), claim.specificationType));
        if (claim.specificationType == QLatin1String("LearningAchievementSpecification"))
            imported.notCarried.append(tr("EQF level and accreditation: ELM gives these to a qualification only"));
        result.append(std::move(imported));
    }
    return R::success(std::move(result));
}

} // namespace mcs
