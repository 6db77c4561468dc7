#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mcs::ui {

/// Names for the fields of a design as people read them ("Learning outcome 3 ›
/// Statement (Dutch)"), from the keys of the .mcdesign format, for comparisons.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ui::FieldLabels)

public:
    /// `segments` as in FieldDifference: keys, and "#N" for list positions.
    static QString describe(const QStringList &segments);
    /// A field's value for people: status codes become their names.
    static QString value(const QStringList &segments, const QString &value);
};

} // namespace mcs::ui
