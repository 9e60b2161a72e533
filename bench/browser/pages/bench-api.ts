/**
 * One measured action: ms to the end of the first frame showing it, and ms to React's commit (the
 * event handlers and React's synchronous render and commit, before style, layout and paint).
 */
export interface ActionTiming {
  toFrame: number;
  toCommit: number;
}

/**
 * The two generated 200-field customer forms: 'paged' is 8 pages of 25 fields in sections (as real
 * forms are), 'single' all 200 on one page.
 */
export type BenchForm = 'paged' | 'single';

/** What each bench page exposes as `window.kevytBench` for the suites to drive with page.evaluate. */
export interface FormPageApi {
  /** Mounts the form; resolves with ms from render call to the first frame after commit. */
  mount(form: BenchForm): Promise<number>;
  /** Types `count` keystrokes spread over the text fields of the form's first page; resolves with each keystroke's timing. */
  keystrokes(count: number): Promise<ActionTiming[]>;
  /** How many form fields the page shows (inputs, selects and textareas), to check what was rendered. */
  fieldCount(): number;
}

export interface MovePageApi {
  mount(): Promise<number>;
  /** Applies `count` moves one at a time; resolves with each move's timing. */
  moves(count: number): Promise<ActionTiming[]>;
  /** The same re-render without a change to the model, `count` times. */
  noops(count: number): Promise<ActionTiming[]>;
  itemCount(): number;
}

/** The designer page also times real pointer drops (dnd-kit's own handlers), driven by the suite's mouse. */
export interface DesignerPageApi extends MovePageApi {
  /** Starts watching for the next pointerup (captured on window, before dnd-kit sees it). */
  armPointerDrop(): void;
  /** Timing from that pointerup to the first frame showing a changed canvas, or null when the drop moved nothing. */
  pointerDrop(): Promise<ActionTiming | null>;
}

/**
 * The browser alone for a keystroke: plain labelled inputs, no framework, typed into by the same
 * harness, so a figure can be read against what the browser alone needs to show a typed character.
 */
export interface InputFloorPageApi {
  /** Replaces the page with `controls` labelled text inputs. */
  mount(controls: number): void;
  keystrokes(count: number): Promise<ActionTiming[]>;
}

declare global {
  interface Window {
    kevytBench?: FormPageApi | MovePageApi | DesignerPageApi | InputFloorPageApi;
  }
}
