import { Link } from '@tanstack/react-router';
import { EmptyState } from '../components/empty-state.tsx';

export function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold text-slate-900">Page not found</h1>
      <EmptyState title="There is nothing at this address">
        <Link to="/" className="font-medium text-orange-700 hover:underline">
          Go to your workflows
        </Link>
      </EmptyState>
    </div>
  );
}
