#pragma once

#include "SectionRouter.h"

class QWidget;

namespace mcs::ui {

class DesignDocument;
class DesignSection;

/// Makes the sections in the order of SectionRouter::Section.
class SectionFactory
{
public:
    static DesignSection *create(SectionRouter::Section section, DesignDocument *document, QWidget *parent);
    /// The section in a scroll area under its title and subtitle, as wizard and editor show it.
    static QWidget *framed(DesignSection *section, bool showTitle, QWidget *parent);

private:
    static DesignSection *makeSection(SectionRouter::Section section, DesignDocument *document, QWidget *parent);
};

} // namespace mcs::ui
