#include "QualityCriterion.h"

#include <QCryptographicHash>

namespace mcs {

QString QualityCriterion::digest() const
{
    const QString wording = QStringList{title.nl, title.en, description.nl, description.en}.join(QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash(wording.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

} // namespace mcs
