#include "EuropassCredential.h"

#include "JsonValues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mcs {

namespace {

bool hasType(const QJsonObject &o, const QString &type)
{
    const QJsonValue value = o.value(QStringLiteral("type"));
    return value.toString() == type || value.toArray().contains(type);
}

bool isCredential(const QJsonObject &o)
{
    return hasType(o, QStringLiteral("EuropeanDigitalCredential"));
}

QString firstType(const QJsonObject &o)
{
    const QJsonValue value = o.value(QStringLiteral("type"));
    return JsonValues::text(value.isArray() ? value.toArray().last() : value);
}

} // namespace

bool EuropassCredential::Claim::isDesign() const
{
    return specificationType == QLatin1String("Qualification")
           || specificationType == QLatin1String("LearningAchievementSpecification");
}

QString EuropassCredential::Claim::label() const
{
    const QString name = title.preferred(QStringLiteral("nl"));
    return tr("%1. %2 (%3)").arg(number).arg(name.isEmpty() ? tr("untitled") : name, specificationType.isEmpty() ? tr("no specification") : specificationType);
}

std::optional<QJsonObject> EuropassCredential::unwrap(const QJsonObject &root, Wrapping *wrapping)
{
    auto found = [wrapping](const QJsonObject &credential, Wrapping how) {
        if (wrapping)
            *wrapping = how;
        return std::optional<QJsonObject>(credential);
    };
    if (isCredential(root))
        return found(root, Wrapping::Plain);
    if (const QJsonObject inner = root.value(QStringLiteral("credential")).toObject(); isCredential(inner))
        return found(inner, Wrapping::Uploadable);
    if (const QJsonValue payload = root.value(QStringLiteral("payload")); payload.isString()) {
        // The payload is the credential serialised once more, as a JSON string.
        const QJsonDocument document = QJsonDocument::fromJson(payload.toString().toUtf8());
        if (document.isObject() && isCredential(document.object()))
            return found(document.object(), Wrapping::Signed);
    }
    return std::nullopt;
}

QList<EuropassCredential::Claim> EuropassCredential::claims(const QJsonObject &credential)
{
    QList<Claim> result;
    const QJsonObject subject = JsonValues::list(credential.value(QStringLiteral("credentialSubject"))).first().toObject();
    for (const QJsonValue &value : JsonValues::list(subject.value(QStringLiteral("hasClaim")))) {
        const QJsonObject claim = value.toObject();
        Claim c;
        c.number = int(result.size()) + 1;
        c.specification = JsonValues::list(claim.value(QStringLiteral("specifiedBy"))).first().toObject();
        c.specificationType = firstType(c.specification);
        c.title = JsonValues::langString(c.specification.value(QStringLiteral("title")));
        if (c.title.isEmpty())
            c.title = JsonValues::langString(claim.value(QStringLiteral("title")));
        result.append(c);
        if (result.size() >= 1000)
            break;
    }
    return result;
}

QString EuropassCredential::wrappingRemark(Wrapping wrapping)
{
    switch (wrapping) {
    case Wrapping::Plain:
        return tr("A Europass credential (plain JSON-LD).");
    case Wrapping::Uploadable:
        return tr("A Europass credential in its uploadable wrapping.");
    case Wrapping::Signed:
        return tr("A signed Europass credential. The signature is not verified: this program reads the "
                  "description, it does not check who issued it.");
    }
    return {};
}

} // namespace mcs
