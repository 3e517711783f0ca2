import { useId, useState, type FormEvent } from 'react';
import { todayIso } from '../lib/when';

interface Props {
  author: string;
  onAdd: (u: { date: string; author: string; text: string }) => void;
}

/** A dated progress update: date defaults to today, author is this device's user. */
export function AddUpdateForm({ author, onAdd }: Props) {
  const id = useId();
  const [date, setDate] = useState(todayIso);
  const [text, setText] = useState('');
  const [added, setAdded] = useState(false);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    onAdd({ date, author, text: text.trim() });
    setText('');
    setAdded(true);
  };
  return (
    <form className="add-update" onSubmit={onSubmit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Add a dated update</h3>
      <label>
        Date
        <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        Update
        <textarea rows={3} value={text} required onChange={(e) => (setText(e.target.value), setAdded(false))} />
      </label>
      <p className="muted">Recorded as {author}</p>
      <button type="submit">Add update</button>
      <span role="status" className="muted">
        {added ? ' Update added.' : ''}
      </span>
    </form>
  );
}
