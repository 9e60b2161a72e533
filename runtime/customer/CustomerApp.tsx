// Placeholder: the customer runtime team replaces this with the real app (issue 3).
export function CustomerApp() {
  return <main><h1>Kevytasiointi</h1></main>;
}
