package org.jixiao.validate;

import java.util.List;
import org.jixiao.validate.rules.BalanceRule;
import org.jixiao.validate.rules.BasisRule;
import org.jixiao.validate.rules.DuplicateIndicatorRule;
import org.jixiao.validate.rules.EmptyTextRule;
import org.jixiao.validate.rules.FilingDateRule;
import org.jixiao.validate.rules.FirstLevelRule;
import org.jixiao.validate.rules.GoalYearRule;
import org.jixiao.validate.rules.LongTextRule;
import org.jixiao.validate.rules.MoneyUnitRule;
import org.jixiao.validate.rules.OutputFrameRule;
import org.jixiao.validate.rules.PercentRangeRule;
import org.jixiao.validate.rules.PlaceholderRule;
import org.jixiao.validate.rules.ProjectFirstLevelRule;
import org.jixiao.validate.rules.ProjectYearRule;
import org.jixiao.validate.rules.ProjectIndicatorCountRule;
import org.jixiao.validate.rules.ProjectSumsRule;
import org.jixiao.validate.rules.ProjectBudgetRule;
import org.jixiao.validate.rules.SecondLevelRule;
import org.jixiao.validate.rules.ShareSumRule;
import org.jixiao.validate.rules.SourcesRule;
import org.jixiao.validate.rules.TaskTotalsRule;
import org.jixiao.validate.rules.TotalProjectsRule;
import org.jixiao.validate.rules.ValueTypoRule;
import org.jixiao.validate.rules.VagueValueRule;
import org.jixiao.validate.rules.ValueListRule;
import org.jixiao.validate.rules.ValueTypeRule;

/** Every business rule, in the order they run; README's rule table lists the same ids. */
public final class Rules {
  public static final List<Rule> ALL = List.of(
      // totals
      new TotalProjectsRule(), new ProjectBudgetRule(), new BalanceRule(), new ShareSumRule(),
      new SourcesRule(), new TaskTotalsRule(), new ProjectSumsRule(), new ValueListRule(),
      // years
      new FilingDateRule(), new GoalYearRule(), new ProjectYearRule(),
      // completeness
      new FirstLevelRule(), new ProjectFirstLevelRule(), new OutputFrameRule(),
      new DuplicateIndicatorRule(), new ProjectIndicatorCountRule(), new SecondLevelRule(),
      // indicator values
      new ValueTypoRule(), new VagueValueRule(), new PercentRangeRule(), new ValueTypeRule(),
      // text
      new PlaceholderRule(), new EmptyTextRule(), new LongTextRule(),
      // consistency
      new MoneyUnitRule(), new BasisRule());

  private Rules() {}
}
