#pragma once

#include "DocumentContent.h"
#include "frameworks/QualityFramework.h"
#include "model/Microcredential.h"

#include <QDate>

namespace mcs {

/// The checklist review report for project leaders: per criterion the automatic
/// verdict, the status, the evidence and the comments, open items first.
class ChecklistReportBuilder
{
public:
    static DocumentContent build(const Microcredential &mc, const QualityFramework &framework,
                                 const QString &language, const QDate &today);
};

} // namespace mcs
