#pragma once

#include "model/Microcredential.h"

#include <QJsonObject>

namespace mcs {

/// A short SHA-256 fingerprint of what a design says, so that a board approves
/// exactly one version. It covers every field of the design except its
/// bookkeeping: created/changed times, status and the review checklists.
/// Equal content gives an equal fingerprint; any other change gives another.
class ContentFingerprint
{
public:
    /// The full SHA-256 in hexadecimal (64 characters).
    static QString full(const Microcredential &mc);
    /// The same from the design's .mcdesign object (McdesignWriter::toJsonObject),
    /// for callers that have it already.
    static QString full(QJsonObject designObject);
    /// The first 16 hex digits in groups of four: "3f2b 8c1e 5d4a 4e8b".
    static QString shortForm(const Microcredential &mc);
    /// The short form of a full fingerprint (as kept in a catalogue's history).
    static QString shortForm(const QString &fullFingerprint);
};

} // namespace mcs
