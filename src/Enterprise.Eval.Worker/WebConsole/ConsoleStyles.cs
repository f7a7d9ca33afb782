namespace Enterprise.Eval.Worker.WebConsole;

/// <summary>
/// The console's one stylesheet, served from /console/console.css (no CDN, nothing leaves the machine). Narrow
/// screens stack the tables' cells; print drops navigation, filters and forms and keeps the tables.
/// </summary>
internal static class ConsoleStyles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #0b5cad; --bad: #b42318; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.6 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); background: #f6f8fa; }
        header.top { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .6rem 1rem; background: #fff; border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; }
        nav a { margin-right: .8rem; color: var(--accent); }
        .sign-out { margin-left: auto; display: flex; gap: .5rem; align-items: center; }
        main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.4rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.15rem; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin-bottom: 1rem; }
        form.card { display: grid; gap: .4rem; max-width: 28rem; }
        input, select, button { font: inherit; padding: .45rem .6rem; border: 1px solid var(--line); border-radius: 4px; min-height: 2.5rem; }
        button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
        a.button { display: inline-block; padding: .55rem .8rem; border: 1px solid var(--accent); border-radius: 4px; color: var(--accent); text-decoration: none; }
        .charts { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); }
        figure.chart { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem; }
        figure.chart figcaption { font-weight: 600; margin-bottom: .4rem; }
        figure.chart > svg { width: 100%; height: auto; }
        .chart-label, .chart-value { font-size: 12px; fill: #344054; }
        .chart-axis { stroke: #98a2b3; stroke-width: 1; }
        .legend { list-style: none; padding: 0; margin: .4rem 0 0; display: flex; flex-wrap: wrap; gap: .3rem .9rem; font-size: .9em; }
        .legend svg { margin-right: .3rem; }
        .chart-data table { font-size: .9em; }
        .s-count { fill: #2e6bd2; }
        .s-eligiblestandard { fill: #12805c; } .s-eligiblebyrelaxation { fill: #5cb88f; } .s-directlyconfirmed { fill: #0b5a41; }
        .s-needsattestation { fill: #dc8a00; } .s-undetermined { fill: #98a2b3; } .s-ineligible { fill: #c4320a; } .s-none { fill: #d0d5dd; }
        .error { color: var(--bad); background: #fef3f2; border: 1px solid #fda29b; padding: .6rem; border-radius: 4px; }
        .code { font-family: ui-monospace, monospace; font-size: .9em; }
        .notice { background: #ecfdf3; border: 1px solid #75e0a7; padding: .6rem; border-radius: 4px; word-break: break-all; }
        .hint, footer { color: var(--muted); font-size: .9rem; }
        footer { text-align: center; padding: 1rem; }
        table { width: 100%; border-collapse: collapse; background: #fff; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-bottom: 1rem; }
        .explanation { margin: .2rem 0 0; padding-left: 1.1rem; color: var(--muted); font-size: .9rem; }
        @media (max-width: 40rem) {
          table.applications thead { display: none; }
          table.applications tr { display: block; border-bottom: 2px solid var(--line); padding: .3rem 0; }
          table.applications td { display: block; border: 0; padding: .15rem .5rem; }
        }
        @media print {
          header.top, .filters, form, .no-print, footer { display: none !important; }
          body { background: #fff; font-size: 11pt; }
          .card { border: 0; padding: 0; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
