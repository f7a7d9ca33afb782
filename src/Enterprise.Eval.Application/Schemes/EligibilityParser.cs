using Enterprise.Eval.Domain.Eligibility.Conditions;
using Enterprise.Eval.Domain.Eligibility.Routes;
using Enterprise.Eval.Domain.Schemes;
using YamlDotNet.RepresentationModel;

namespace Enterprise.Eval.Application.Schemes;

/// <summary>
/// Reads <c>eligibility</c>: named conditions, routes and priority markers, then checks every name a route or
/// group uses is defined, that waivers name conditions of the base route, and that references form no cycle.
/// </summary>
internal sealed class EligibilityParser(SchemeReader r)
{
    private readonly ConditionParser _conditions = new(r);

    public EligibilityRules? Parse(YamlNode node)
    {
        var map = r.Map(node, "eligibility");
        if (map is null) return null;

        var named = new Dictionary<string, Condition>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        if (r.Map(map.Required("conditions", "eligibility"), "conditions") is { } conditions)
        {
            foreach (var (key, value) in conditions.Entries())
            {
                var name = key.Value ?? "";
                if (!declared.Add(name)) { r.Error(key, SchemeErrorCodes.DuplicateId, $"条件名“{name}”重复"); continue; }
                if (_conditions.Parse(value, name, name) is { } condition) named[name] = condition;
            }
        }

        var routes = Routes(map.Required("routes", "eligibility"), declared);
        var markers = Priority(map["priority"], declared);
        map.ReportUnknownKeys("eligibility");

        foreach (var (from, target, at) in _conditions.References)
        {
            if (!declared.Contains(target))
                r.Error(at, SchemeErrorCodes.UndefinedCondition, $"条件“{from}”引用了未定义的条件“{target}”");
        }
        CheckCycles(declared);
        return routes is null ? null : new EligibilityRules(named, routes, markers);
    }

    private List<Route>? Routes(YamlNode? node, HashSet<string> declared)
    {
        var items = r.Sequence(node, "routes");
        if (node is not null && items.Count == 0)
        {
            r.Error(node, SchemeErrorCodes.NoRoutes, "方案至少需要一条申报途径（routes）");
            return null;
        }
        var routes = new List<(Route Route, YamlMap Map)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var map = r.Map(item, "申报途径");
            if (map is null) continue;
            var id = r.Scalar(map.Required("id", "申报途径"), "id");
            var name = r.Scalar(map.Required("name", "申报途径"), "name");
            var kind = r.Word<RouteKind>(map.Required("kind", "申报途径"), "kind", TryRouteKind, "standard、relaxation、direct-confirmation");
            if (id is not null && !ids.Add(id)) r.Error(map["id"]!, SchemeErrorCodes.DuplicateId, $"申报途径“{id}”重复");
            var route = new Route
            {
                Id = id ?? "", Name = name ?? id ?? "", Kind = kind ?? RouteKind.Standard,
                Requires = Names(map["requires"], "requires", declared, id, SchemeErrorCodes.UndefinedCondition, "要求"),
                BaseRoute = r.Scalar(map["base"], "base"),
                Waives = Names(map["waives"], "waives", declared, id, SchemeErrorCodes.WaivesUndefinedCondition, "放宽"),
                EarnedBy = r.Scalar(map["earnedBy"], "earnedBy"),
                Source = r.Scalar(map["source"], "source"),
            };
            if (route.EarnedBy is { } earned && !declared.Contains(earned))
                r.Error(map["earnedBy"]!, SchemeErrorCodes.UndefinedCondition, $"申报途径“{id}”的破格依据“{earned}”未定义");
            map.ReportUnknownKeys("申报途径");
            if (id is not null && kind is not null) routes.Add((route, map));
        }
        foreach (var (route, map) in routes) CheckRelaxation(route, map, routes.Select(x => x.Route).ToList(), declared);
        return routes.Select(x => x.Route).ToList();
    }

    private void CheckRelaxation(Route route, YamlMap map, List<Route> all, HashSet<string> declared)
    {
        if (route.Kind != RouteKind.Relaxation)
        {
            if (route.BaseRoute is not null || route.Waives.Count > 0 || route.EarnedBy is not null)
                r.Error(map.Node, SchemeErrorCodes.BadRelaxation, $"申报途径“{route.Id}”不是破格途径（relaxation），不能写 base/waives/earnedBy");
            if (route.Requires.Count == 0)
                r.Error(map.Node, SchemeErrorCodes.MissingKey, $"申报途径“{route.Id}”缺少必填项“requires”");
            return;
        }
        if (route.BaseRoute is null || route.EarnedBy is null || route.Waives.Count == 0)
        {
            r.Error(map.Node, SchemeErrorCodes.BadRelaxation, $"破格途径“{route.Id}”须写明 base（所放宽的途径）、waives（放宽的条件）和 earnedBy（破格依据）");
            return;
        }
        var baseRoute = all.FirstOrDefault(x => x.Id == route.BaseRoute);
        if (baseRoute is null || baseRoute.Kind == RouteKind.Relaxation)
        {
            r.Error(map["base"]!, SchemeErrorCodes.BadRelaxation, $"破格途径“{route.Id}”的 base“{route.BaseRoute}”不是已定义的常规途径");
            return;
        }
        // Undefined names were already reported (EVAL-SCHEME-012); only defined ones can be missing from the base.
        foreach (var waived in route.Waives.Where(w => declared.Contains(w) && !baseRoute.Requires.Contains(w)))
            r.Error(map["waives"]!, SchemeErrorCodes.BadRelaxation, $"破格途径“{route.Id}”放宽的条件“{waived}”不在途径“{baseRoute.Id}”的要求中");
    }

    private IReadOnlyList<string> Names(YamlNode? node, string key, HashSet<string> declared, string? routeId, string code, string verb)
    {
        var names = new List<string>();
        foreach (var n in node is YamlScalarNode ? [node] : r.Sequence(node, key))
        {
            if (r.Scalar(n, key) is not { } name) continue;
            if (!declared.Contains(name))
                r.Error(n, code, $"申报途径“{routeId}”{verb}的条件“{name}”未定义");
            names.Add(name);
        }
        return names;
    }

    private List<PriorityMarker> Priority(YamlNode? node, HashSet<string> declared)
    {
        var markers = new List<PriorityMarker>();
        foreach (var item in r.Sequence(node, "priority"))
        {
            var map = r.Map(item, "优先条件");
            if (map is null) continue;
            var conditionNode = map.Required("condition", "优先条件");
            var condition = r.Scalar(conditionNode, "condition");
            var name = r.Scalar(map.Required("name", "优先条件"), "name");
            var source = r.Scalar(map["source"], "source");
            map.ReportUnknownKeys("优先条件");
            if (condition is not null && !declared.Contains(condition))
                r.Error(conditionNode!, SchemeErrorCodes.UndefinedCondition, $"优先条件引用了未定义的条件“{condition}”");
            else if (condition is not null && name is not null)
                markers.Add(new PriorityMarker(condition, name, source));
        }
        return markers;
    }

    private void CheckCycles(HashSet<string> declared)
    {
        var edges = _conditions.References.Where(x => declared.Contains(x.Target)).ToLookup(x => x.From);
        var state = new Dictionary<string, int>(); // 1 = on the path, 2 = done
        foreach (var start in declared.Where(d => !state.ContainsKey(d))) Visit(start);

        void Visit(string name)
        {
            state[name] = 1;
            foreach (var (from, target, at) in edges[name])
            {
                if (state.GetValueOrDefault(target) == 1)
                    r.Error(at, SchemeErrorCodes.ReferenceCycle, $"条件“{from}”与“{target}”相互引用，形成循环");
                else if (state.GetValueOrDefault(target) == 0)
                    Visit(target);
            }
            state[name] = 2;
        }
    }

    private static bool TryRouteKind(string t, out RouteKind v) => SectionParser.Pick(t, out v,
        ("standard", RouteKind.Standard), ("relaxation", RouteKind.Relaxation), ("direct-confirmation", RouteKind.DirectConfirmation));
}
