#pragma once

#include <QFormLayout>

class QWidget;

namespace mcs::ui {

/// The form layout every section uses: labels above fields would waste height at
/// 1280x720, so labels sit left, fields grow, rows wrap only when narrow.
class SectionForm
{
public:
    static QFormLayout *create(QWidget *parent);
};

} // namespace mcs::ui
