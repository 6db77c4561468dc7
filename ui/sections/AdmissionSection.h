#pragma once

#include "DesignSection.h"

namespace mcs::ui {

/// Target group, prior knowledge, admission requirements and how they are tested.
class AdmissionSection : public DesignSection
{
    Q_OBJECT

public:
    explicit AdmissionSection(DesignDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QString subtitle() const override;
};

} // namespace mcs::ui
