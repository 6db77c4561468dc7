#pragma once

#include "storage/Catalogue.h"

#include <QObject>

#include <memory>

class QTimer;

namespace mcs::ui {

class CatalogueFilterModel;
class CatalogueTableModel;

/// Looks every few seconds whether anyone changed the open catalogue (another
/// window, another program, a colleague on the shared catalogue) and brings the
/// list up to date with just the rows that changed; notices a lost connection
/// and its return.
class CatalogueWatcher : public QObject
{
    Q_OBJECT

public:
    /// How often a catalogue is checked for other people's changes.
    static constexpr int IntervalMs = 3000;

    CatalogueWatcher(CatalogueTableModel *model, CatalogueFilterModel *filter, QObject *parent = nullptr);

    /// Watches another catalogue (none: stops looking) from its current state.
    void setCatalogue(std::shared_ptr<Catalogue> catalogue);
    /// Looks now.
    void check();
    /// Brings the list up to date with what changed between two stamps; false
    /// when only reading everything again can (the caller then does).
    bool applyChangesSince(const CatalogueChangeStamp &before, const CatalogueChangeStamp &now);

Q_SIGNALS:
    /// The list took others' changes (or, with `reloadNeeded`, must be read again).
    void changed(bool reloadNeeded);
    void connectionLost(const QString &error);
    void connectionBack();

private:
    CatalogueTableModel *m_model;
    CatalogueFilterModel *m_filter;
    QTimer *m_timer;
    std::shared_ptr<Catalogue> m_catalogue;
    CatalogueChangeStamp m_stamp;
    bool m_connectionLost = false;
};

} // namespace mcs::ui
