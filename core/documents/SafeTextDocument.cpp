#include "SafeTextDocument.h"

namespace mcs {

QVariant SafeTextDocument::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace mcs
