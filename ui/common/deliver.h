#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <utility>

namespace Orion {

// Hands a worker thread's result to the GUI thread: f(target) runs there, queued, and only if the
// target (a page, a wizard) still exists by then.
template<typename T, typename F> void deliver(const QPointer<T> &target, F &&f)
{
    QMetaObject::invokeMethod(qApp, [target, f = std::forward<F>(f)]() mutable {
        if (target)
            f(target.data());
    });
}

} // namespace Orion
