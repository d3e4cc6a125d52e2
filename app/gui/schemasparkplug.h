#pragma once

// The Sparkplug B decoder moved to the schema library (app/schema), which the command line
// shares. This forwarding header keeps `#include "schemasparkplug.h"` and `sparkplug::` working
// for the GUI files that still use them (the topic tree); new code includes
// <schema/sparkplug.h> and names schema::sparkplug.
#include <schema/sparkplug.h>

namespace gui {
namespace sparkplug = schema::sparkplug;
} // namespace gui
