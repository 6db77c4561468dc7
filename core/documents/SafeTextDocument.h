#pragma once

#include <QTextDocument>

namespace mcs {

/// A QTextDocument that never loads a resource: images, style sheets and anything
/// else a (hostile) document might name resolve to nothing, so rendering never
/// touches the file system or the network.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace mcs
