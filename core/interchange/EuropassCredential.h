#pragma once

#include "model/LocalizedText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace mcs {

/// A Europass credential (an ELM "EuropeanDigitalCredential") as issuers and
/// wallets exchange it, in any of its three wrappings, and the claims it holds.
class EuropassCredential
{
    Q_DECLARE_TR_FUNCTIONS(mcs::EuropassCredential)

public:
    enum class Wrapping {
        Plain,      ///< the JSON-LD credential itself
        Uploadable, ///< {"credential": {...}}
        Signed,     ///< {"payload": "<the credential as a JSON string>", "signatures": ...}
    };

    /// One claim of credentialSubject.hasClaim, with its specification.
    struct Claim
    {
        int number = 0;        ///< 1-based, in the file's order
        QString specificationType; ///< "Qualification", "LearningAchievementSpecification", ...
        LocalizedText title;   ///< the specification's title, else the claim's
        QJsonObject specification;
        /// A Qualification or LearningAchievementSpecification: something a design describes.
        bool isDesign() const;
        /// "2. Title (Qualification)"
        QString label() const;
    };

    /// The credential inside `root`, or none when `root` is not a Europass credential.
    static std::optional<QJsonObject> unwrap(const QJsonObject &root, Wrapping *wrapping = nullptr);
    static QList<Claim> claims(const QJsonObject &credential);
    /// What the wrapping means for the reader, for the import preview.
    static QString wrappingRemark(Wrapping wrapping);
};

} // namespace mcs
