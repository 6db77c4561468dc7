#pragma once

#include <QString>

namespace mcs::ui {

/// Which section of the wizard and the editor holds a field, by its path.
class SectionRouter
{
public:
    enum Section { Basics, Admission, LevelSize, Outcomes, Assessments, Quality, Summary, SectionCount };

    static Section sectionFor(const QString &fieldPath);
};

} // namespace mcs::ui
