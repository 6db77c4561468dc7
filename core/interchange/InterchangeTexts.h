#pragma once

#include "documents/DocumentTexts.h"
#include "model/Microcredential.h"

namespace mcs {

/// The texts the interchange formats share: where a format has no field of its
/// own for a design element, it is carried in a free-text field in the same
/// words the documents use, so nothing the team wrote is lost on the way.
class InterchangeTexts
{
public:
    explicit InterchangeTexts(const Microcredential &mc);

    const DocumentTexts &dutch() const { return m_nl; }
    /// "urn:brin:99ZZ", or for another identifier "urn:mcstudio:institution:<id>".
    QString institutionId() const;
    QString designUrn() const { return QStringLiteral("urn:uuid:") + m_mc.id; }
    /// The learning outcomes as a markdown list, one per line.
    QString outcomesMarkdown(const QString &language = QStringLiteral("nl")) const;
    /// The summary, then "## Heading" sections for the elements the format has
    /// no field for. `format` is "ob3" or "edubadges".
    QString composedDescription(const QString &format) const;
    QString qualityAssuranceText(const DocumentTexts &t, bool withFramework) const;
    QString frameworkText(const DocumentTexts &t) const;
    QString stackabilityText(const DocumentTexts &t) const;
    QString validityText(const DocumentTexts &t) const;
    QString furtherText(const DocumentTexts &t) const;
    QString assessmentsMarkdown(const DocumentTexts &t) const;
    static QString oneLine(const QString &text);
    /// The badge image the exports carry inside the file (an SVG data URI):
    /// nothing is loaded from anywhere.
    static const QString &badgeImage();
    /// EC with at most one decimal, "8.6" (C locale, for data fields).
    static double ecNumber(int hours);

private:
    const Microcredential &m_mc;
    DocumentTexts m_nl;
};

} // namespace mcs
