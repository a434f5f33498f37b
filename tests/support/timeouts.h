#pragma once

namespace OrionTest {

// How long a test waits for an event that is certain to come (a signal, a row, a process ending).
// Generous on purpose: on a loaded 2-core CI machine a 5 s wait is missed now and then, and a long
// limit costs nothing when the event arrives on time. Waits that check that something does *not*
// happen stay short and say so where they are written.
inline constexpr int EventTimeout = 60'000;

} // namespace OrionTest
