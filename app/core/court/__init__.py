"""Court and arbitration papers: the model, the 案号 reading, holidays, deadlines and what follows."""
