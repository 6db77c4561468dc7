#pragma once

#include "DesignSection.h"

namespace mcs::ui {

/// Titles, summary, sector and awarding institution.
class BasicsSection : public DesignSection
{
    Q_OBJECT

public:
    explicit BasicsSection(DesignDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QString subtitle() const override;
};

} // namespace mcs::ui
