/**
 * The processing-time estimate as one paragraph: the sentence, then its detail (measured from how
 * many decided cases, or that it is a target and not a measured figure) in smaller type. Nothing
 * when there is no estimate. Each surface passes its catalog's texts and its own class names.
 */
import { estimateSentence, type EstimateTexts, type ProcessingEstimate } from './estimate-sentence';

interface Props {
  estimate: ProcessingEstimate;
  texts: EstimateTexts;
  classes: { paragraph?: string; detail?: string };
}

export function ProcessingEstimateNote({ estimate, texts, classes }: Props) {
  const sentence = estimateSentence(estimate, texts);
  if (!sentence) return null;
  return (
    <p className={classes.paragraph} data-testid="processing-estimate" data-kind={sentence.kind}>
      {sentence.text} <span className={classes.detail}>{sentence.detail}</span>
    </p>
  );
}
