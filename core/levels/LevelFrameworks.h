#pragma once

#include "DutchQualification.h"
#include "LevelDescriptor.h"
#include "model/ModelEnums.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace mcs {

/// The EQF and NLQF level descriptors and the mapping of Dutch qualifications
/// onto them. This is data, not code: it is read from resources/levels/.
class LevelFrameworks
{
    Q_DECLARE_TR_FUNCTIONS(mcs::LevelFrameworks)

public:
    /// The frameworks shipped with the program (embedded resources), loaded once.
    static const LevelFrameworks &builtIn();
    /// Reads the three files from a folder (eqf.json, nlqf.json, qualifications.json).
    static Result<LevelFrameworks> fromFolder(const QString &folder);

    const QList<LevelDescriptor> &eqfLevels() const { return m_eqf; }
    const QList<LevelDescriptor> &nlqfLevels() const { return m_nlqf; }
    const QList<DutchQualification> &qualifications() const { return m_qualifications; }

    const LevelDescriptor *eqf(int level) const;
    const LevelDescriptor *nlqf(NlqfLevel level) const;
    /// The EQF level a NLQF level corresponds to; none for the entry level.
    std::optional<int> eqfForNlqf(NlqfLevel level) const;

private:
    QList<LevelDescriptor> m_eqf;
    QList<LevelDescriptor> m_nlqf;
    QList<DutchQualification> m_qualifications;
};

} // namespace mcs
