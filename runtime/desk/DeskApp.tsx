// Placeholder: the handler desk team replaces this with the real app (issue 4).
export function DeskApp() {
  return <main><h1>Virkailijan työpöytä</h1></main>;
}
