#pragma once

#include "DesignSection.h"

#include <functional>

class QFormLayout;

namespace mcs::ui {

/// Target group, prior knowledge, admission requirements and how they are tested;
/// "none" for prior knowledge and admission requirements is an answer of its own.
class AdmissionSection : public DesignSection
{
    Q_OBJECT

public:
    explicit AdmissionSection(DesignDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QString subtitle() const override;

private:
    /// A check box for an explicit "none" (no prior knowledge needed, no admission requirements).
    void addNone(QFormLayout *form, const QString &label, const QString &fieldKey, const std::function<bool &(Microcredential &)> &member);
};

} // namespace mcs::ui
