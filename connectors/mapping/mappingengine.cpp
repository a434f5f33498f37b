#include "mapping/mappingengine.h"

#include "mapping/localmatcher.h"

using namespace Qt::StringLiterals;

namespace Orion {

QString MappingRun::modeName(Mode m)
{
    switch (m) {
    case Mode::Llm: return u"llm"_s;
    case Mode::Hybrid: return u"hybrid"_s;
    case Mode::Local: break;
    }
    return u"local"_s;
}

bool MappingEngine::run(const SourceFields &fields, MappingTarget target, const QString &documentation, MappingRun::Mode mode, const LlmSettings &llm,
                        const std::atomic<bool> *cancel, MappingRun *run, QString *error)
{
    run->mode = mode;
    run->suggestions = LocalMatcher::suggest(fields, target);
    if (mode == MappingRun::Mode::Local)
        return true;
    if (!llm.isConfigured()) {
        *error = u"no LLM provider is configured (set one in Settings, or ORION_LLM_PROVIDER)"_s;
        return false;
    }
    QStringList ask;
    for (const MappingSuggestion &s : std::as_const(run->suggestions)) {
        if (mode == MappingRun::Mode::Llm || s.confidence < kHybridThreshold)
            ask << s.targetField;
    }
    run->llmFields = int(ask.size());
    if (ask.isEmpty())
        return true; // every field is clear: no tokens spent
    LlmMapper::Result answer;
    if (!LlmMapper::suggest(llm, target, fields, ask, run->suggestions, documentation, cancel, &answer, error))
        return false;
    run->inputTokens = answer.inputTokens;
    run->outputTokens = answer.outputTokens;
    run->estimatedUsd = llm.estimateUsd(answer.inputTokens, answer.outputTokens);
    run->dropped = answer.dropped;
    for (MappingSuggestion &s : run->suggestions) {
        for (const MappingSuggestion &l : std::as_const(answer.suggestions)) {
            if (l.targetField != s.targetField)
                continue;
            MappingSuggestion merged = l;
            // The local matcher's pick stays visible as an alternative when the LLM chose otherwise.
            if (!s.isUnmapped() && s.sourcePath != l.sourcePath && merged.alternatives.size() < 3)
                merged.alternatives.prepend({s.sourcePath, s.transformation, s.confidence});
            while (merged.alternatives.size() > 3)
                merged.alternatives.removeLast();
            s = merged;
        }
    }
    return true;
}

} // namespace Orion
