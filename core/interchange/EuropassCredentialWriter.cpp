#include "EuropassCredentialWriter.h"

#include "InterchangeWriter.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QPainter>

namespace mcs {

namespace {

const QString Placeholder = QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000000");
// A template carries no issuing date of its own: the issuer sets it.
const QString PlaceholderDate = QStringLiteral("1970-01-01T00:00:00Z");

QJsonObject concept(const QString &id, const QString &scheme, const QString &label)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("Concept")},
            {QStringLiteral("inScheme"), QJsonObject{{QStringLiteral("id"), scheme}, {QStringLiteral("type"), QStringLiteral("ConceptScheme")}}},
            {QStringLiteral("prefLabel"), QJsonObject{{QStringLiteral("en"), label}}}};
}

QJsonObject language(const QString &code3, const QString &name)
{
    return concept(QStringLiteral("http://publications.europa.eu/resource/authority/language/") + code3,
                   QStringLiteral("http://publications.europa.eu/resource/authority/language"), name);
}

/// The page image Europass shows for the credential: the badge, drawn here so
/// that the file needs nothing from outside.
QByteArray badgePng()
{
    QImage image(420, 594, QImage::Format_RGB32); // A-series proportions, as a page
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x5f, 0x8b));
    painter.drawEllipse(QPointF(210, 250), 120, 120);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 12));
    painter.drawEllipse(QPointF(210, 250), 84, 84);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QJsonObject displayParameter(const Microcredential &mc)
{
    QJsonObject title;
    if (!mc.title.nl.isEmpty())
        title.insert(QStringLiteral("nl"), mc.title.nl);
    if (!mc.title.en.isEmpty())
        title.insert(QStringLiteral("en"), mc.title.en);
    const QJsonObject dutch = language(QStringLiteral("NLD"), QStringLiteral("Dutch"));
    QJsonArray languages{dutch};
    if (!mc.title.en.isEmpty())
        languages.append(language(QStringLiteral("ENG"), QStringLiteral("English")));
    static const QString png = QString::fromLatin1(badgePng().toBase64());
    const QJsonObject image{
        {QStringLiteral("id"), QStringLiteral("urn:uuid:%1#display-image").arg(mc.id)},
        {QStringLiteral("type"), QStringLiteral("MediaObject")},
        {QStringLiteral("contentType"), concept(QStringLiteral("http://publications.europa.eu/resource/authority/file-type/PNG"),
                                                QStringLiteral("http://publications.europa.eu/resource/authority/file-type"), QStringLiteral("PNG"))},
        {QStringLiteral("contentEncoding"), concept(QStringLiteral("http://data.europa.eu/snb/encoding/6146cde7dd"),
                                                    QStringLiteral("http://data.europa.eu/snb/encoding/25831c2"), QStringLiteral("base64"))},
        {QStringLiteral("content"), png}};
    return {{QStringLiteral("id"), QStringLiteral("urn:uuid:%1#display").arg(mc.id)},
            {QStringLiteral("type"), QStringLiteral("DisplayParameter")},
            {QStringLiteral("title"), title.isEmpty() ? QJsonObject{{QStringLiteral("nl"), QStringLiteral("Microcredential")}} : title},
            {QStringLiteral("language"), languages},
            {QStringLiteral("primaryLanguage"), dutch},
            {QStringLiteral("individualDisplay"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:uuid:%1#display-nl").arg(mc.id)},
                                    {QStringLiteral("type"), QStringLiteral("IndividualDisplay")},
                                    {QStringLiteral("language"), dutch},
                                    {QStringLiteral("displayDetail"),
                                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:uuid:%1#display-nl-1").arg(mc.id)},
                                                            {QStringLiteral("type"), QStringLiteral("DisplayDetail")},
                                                            {QStringLiteral("image"), image},
                                                            {QStringLiteral("page"), 1}}}}}}}};
}

} // namespace

QJsonObject EuropassCredentialWriter::credential(const Microcredential &mc)
{
    QJsonObject qualification = InterchangeWriter::elmQualification(mc);
    const QJsonValue context = qualification.take(QStringLiteral("@context"));
    const QJsonObject organisation = qualification.value(QStringLiteral("awardingOpportunity")).toArray().first().toObject()
                                         .value(QStringLiteral("awardingBody")).toArray().first().toObject();
    const QJsonObject claim{{QStringLiteral("id"), QStringLiteral("urn:uuid:%1#achievement").arg(mc.id)},
                            {QStringLiteral("type"), QStringLiteral("LearningAchievement")},
                            {QStringLiteral("title"), qualification.value(QStringLiteral("title"))},
                            {QStringLiteral("awardedBy"), QJsonObject{{QStringLiteral("id"), QStringLiteral("urn:uuid:%1#awarding").arg(mc.id)},
                                                                      {QStringLiteral("type"), QStringLiteral("AwardingProcess")},
                                                                      {QStringLiteral("awardingBody"), QJsonArray{organisation}}}},
                            {QStringLiteral("specifiedBy"), qualification}};
    return {{QStringLiteral("@context"), context},
            {QStringLiteral("id"), Placeholder},
            {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("VerifiableAttestation"),
                                                QStringLiteral("EuropeanDigitalCredential")}},
            {QStringLiteral("credentialProfiles"), QJsonArray{concept(QStringLiteral("http://data.europa.eu/snb/credential/e34929035b"),
                                                                      QStringLiteral("http://data.europa.eu/snb/credential/25831c2"),
                                                                      QStringLiteral("Generic"))}},
            {QStringLiteral("credentialSchema"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("http://data.europa.eu/snb/model/ap/edc-generic-full")},
                                                                        {QStringLiteral("type"), QStringLiteral("ShaclValidator2017")}}}},
            {QStringLiteral("displayParameter"), displayParameter(mc)},
            {QStringLiteral("issuer"), organisation},
            {QStringLiteral("issued"), PlaceholderDate},
            {QStringLiteral("validFrom"), PlaceholderDate},
            {QStringLiteral("credentialSubject"), QJsonObject{{QStringLiteral("id"), QStringLiteral("did:example:learner")},
                                                              {QStringLiteral("type"), QStringLiteral("Person")},
                                                              {QStringLiteral("hasClaim"), QJsonArray{claim}}}}};
}

} // namespace mcs
