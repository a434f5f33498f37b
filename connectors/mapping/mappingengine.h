#pragma once

#include "mapping/llmmapper.h"

namespace Orion {

// One mapping run: local only, LLM only, or hybrid (the default when an LLM is configured: the local
// matcher decides the clear cases, fields below the threshold go to the LLM).
struct MappingRun
{
    enum class Mode { Local, Llm, Hybrid };
    MappingSuggestions suggestions; // one per target field, in the unified schema's order
    Mode mode = Mode::Local;
    int llmFields = 0; // fields the LLM was asked about
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double estimatedUsd = 0; // -1 when the model's price is unknown
    QStringList dropped;     // LLM suggestions refused by validation

    static QString modeName(Mode m); // local, llm, hybrid
};

class MappingEngine
{
public:
    static constexpr double kHybridThreshold = 0.9;

    static bool run(const SourceFields &fields, MappingTarget target, const QString &documentation, MappingRun::Mode mode, const LlmSettings &llm,
                    const std::atomic<bool> *cancel, MappingRun *run, QString *error);
};

} // namespace Orion
