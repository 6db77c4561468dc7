#pragma once

#include "model/Microcredential.h"

namespace mcs::test {

/// Designs for tests: one with every field filled with awkward text (diacritics,
/// the euro sign, quotes, markup, new lines), and one with every optional field empty.
class TestDesigns
{
public:
    static Microcredential full();
    static Microcredential minimal();
};

} // namespace mcs::test
