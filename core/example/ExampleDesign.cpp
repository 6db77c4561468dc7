#include "ExampleDesign.h"

#include "format/McdesignReader.h"

namespace mcs {

Microcredential ExampleDesign::load()
{
    const Result<Microcredential> example =
        McdesignReader::readFile(QStringLiteral(":/mcstudio/examples/example.mcdesign"));
    // The embedded example is part of the build and covered by tests.
    Q_ASSERT_X(example.ok(), "ExampleDesign", qPrintable(example.error()));
    return example.ok() ? example.value() : Microcredential::createNew();
}

} // namespace mcs
