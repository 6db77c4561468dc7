#pragma once

#include "model/Microcredential.h"

namespace mcs {

/// The complete example microcredential a new catalogue starts with
/// (resources/examples/example.mcdesign, embedded in the program).
class ExampleDesign
{
public:
    static Microcredential load();
};

} // namespace mcs
