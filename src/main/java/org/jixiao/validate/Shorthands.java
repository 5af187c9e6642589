package org.jixiao.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.Messages;
import org.jixiao.model.YNode;
import org.jixiao.model.YNode.YList;
import org.jixiao.model.YNode.YMap;
import org.jixiao.model.YNode.YScalar;

/**
 * Shapes a transcriber writes for what can only mean one thing, read as that thing with one
 * warning each (before, each was a type or unknown-key error whose hint did not say what to
 * write):
 * <ul>
 *   <li>{@code unit: 某县某局}, the unit as its name alone, as the form's 单位名称 cell holds it:
 *       {@code unit: {name: 某县某局}} ({@code unit-as-name});
 *   <li>one project written as a mapping, {@code projects: {name: 培训项目, …}} or
 *       {@code project: {name: 培训项目, …}}: a list of that one project ({@code one-project}).
 * </ul>
 */
final class Shorthands {
  private Shorthands() {}

  static YNode read(String file, YNode root, Messages lang, List<Diagnostic> found) {
    if (!(root instanceof YMap top)) {
      return root;
    }
    Map<String, YNode> entries = new LinkedHashMap<>(top.entries());
    Map<String, YScalar> keys = new LinkedHashMap<>(top.keys());
    boolean changed = false;
    if (top.entries().get("unit") instanceof YScalar name && !name.isNull() && !name.text().isBlank()) {
      YScalar key = new YScalar("name", false, name.line(), name.column());
      entries.put("unit", new YMap(Map.of("name", name), Map.of("name", key), name.line(), name.column()));
      found.add(Diagnostic.warning(file, name.line(), name.column(), "unit-as-name",
          lang.pick("unit 只写了一个名称：读作单位名称（unit: {name: " + name.text() + "}）",
              "unit is written as a name alone: read as the unit's name (unit: {name: " + name.text() + "})"),
          lang.pick("写成 unit: 换行后缩进 name: " + name.text() + "，单位的其他栏目（如 code:）也写在其下",
              "write unit: and, indented below it, name: " + name.text()
                  + "; the unit's other fields (code: …) go there too")));
      changed = true;
    }
    String written = top.entries().get("projects") instanceof YMap ? "projects"
        : !top.entries().containsKey("projects") && top.entries().get("project") instanceof YMap
            ? "project" : null;
    if (written != null && top.entries().get(written) instanceof YMap one
        && one.entries().get("name") instanceof YScalar n && !n.isNull()) {
      YScalar at = top.keys().get(written);
      // the project list where the mapping was: its key renamed in place, the order kept
      Map<String, YNode> reordered = new LinkedHashMap<>();
      Map<String, YScalar> rekeyed = new LinkedHashMap<>();
      for (var e : entries.entrySet()) {
        String k = e.getKey();
        YScalar kk = keys.get(k);
        if (k.equals(written)) {
          reordered.put("projects", new YList(List.of(one), one.line(), one.column()));
          rekeyed.put("projects", new YScalar("projects", kk.quoted(), kk.line(), kk.column()));
        } else {
          reordered.put(k, e.getValue());
          rekeyed.put(k, kk);
        }
      }
      entries = reordered;
      keys = rekeyed;
      found.add(Diagnostic.warning(file, at.line(), at.column(), "one-project",
          lang.pick(written + " 下直接写了一个项目（" + n.text() + "）：读作只有这一个项目的 projects 列表",
              written + " holds one project written as a mapping (" + n.text()
                  + "): read as a projects list of that one project"),
          lang.pick("写成 projects: 换行后 - name: " + n.text() + "（每个项目以“- ”开头，其余各行与 name 对齐）",
              "write projects: and below it - name: " + n.text()
                  + " (each project starts with '- ', its other lines aligned with name)")));
      changed = true;
    }
    return changed ? new YMap(entries, keys, top.line(), top.column()) : root;
  }
}
